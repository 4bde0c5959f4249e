using System;
using System.Collections.Generic;
using System.Linq;

namespace Acme.Shop.Orders
{
    public enum OrderStatus { New, Open, Paid, Dispatched, Delivered, Closed, Cancelled }

    public enum FulfilmentStage { Picking, Packing, Dispatch, Delivery }

    public enum PricingTier { Free, Tier1, Tier2, Tier3 }

    public enum SupportEscalationLevel { Level1 = 1, Level2 = 2, Level3 = 3 }

    public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice)
    {
        public decimal Total => Quantity * UnitPrice;
    }

    public sealed class Order
    {
        public const int ReturnWindowDays = 30;
        public const int Stage1ResponseDays = 3;

        public Guid Id { get; } = Guid.NewGuid();
        public DateTime Placed { get; set; }
        public OrderStatus Status { get; set; }
        public List<OrderLine> Lines { get; } = new();
        public DateTime DeliveryDue => Placed.AddDays(5);
        public DateTime ReturnBy => Placed.AddDays(ReturnWindowDays);
        public DateTime ResponseDue { get; set; }

        public decimal Total => Lines.Sum(l => l.Total);

        public void Dispatch(DateTime when)
        {
            if (Status != OrderStatus.Paid)
            {
                throw new InvalidOperationException("Only paid orders are dispatched.");
            }

            Status = OrderStatus.Dispatched;
            ResponseDue = when.AddDays(2);
        }
    }

    public sealed class SupportTicket
    {
        public SupportEscalationLevel Level { get; set; } = SupportEscalationLevel.Level1;
        public DateTime Opened { get; set; }
        public DateTime FirstResponseDue => Opened.AddDays(1);
        public DateTime Stage2ResponseDue => Opened.AddDays(14);

        public void Escalate() => Level = Level == SupportEscalationLevel.Level3 ? Level : Level + 1;
    }

    public static class OrderQueries
    {
        public static IEnumerable<Order> Overdue(IEnumerable<Order> orders, DateTime today)
            => orders.Where(o => o.Status == OrderStatus.Dispatched && o.DeliveryDue < today);

        public static IEnumerable<Order> PlacedInLast(IEnumerable<Order> orders, int days)
            => orders.Where(o => o.Placed > DateTime.Today.AddDays(-days));

        public static decimal Revenue(IEnumerable<Order> orders, DateTime from, DateTime to)
        {
            var total = 0m;
            foreach (var order in orders)
            {
                if (order.Placed >= from && order.Placed < to && order.Status != OrderStatus.Cancelled)
                {
                    total += order.Total;
                }
            }

            return total;
        }

        public static string Describe(OrderStatus status) => status switch
        {
            OrderStatus.New => "Just placed",
            OrderStatus.Open => "Being prepared",
            OrderStatus.Closed => "Finished",
            _ => status.ToString(),
        };
    }
}
