using System;
using System.Collections.Generic;
using System.Linq;

namespace Acme.Platform
{
    public sealed class HstsOptions
    {
        public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(365);
        public bool IncludeSubDomains { get; set; } = true;
        public bool Preload { get; set; }
    }

    public sealed class CookieOptions
    {
        public TimeSpan Expiry { get; set; } = TimeSpan.FromDays(14);
        public DateTimeOffset ExpiresAt(DateTimeOffset now) => now.Add(Expiry);
    }

    public sealed class RetentionPolicy
    {
        public const int AuditLogRetentionDays = 2555;
        public const int DeletedRecordRetentionDays = 30;
        public int SessionTimeoutMinutes { get; set; } = 20;

        public DateTime PurgeAfter(DateTime created) => created.AddDays(AuditLogRetentionDays);
        public DateTime HardDeleteAfter(DateTime deleted) => deleted.AddDays(DeletedRecordRetentionDays);
        public TimeSpan TokenLifetime => TimeSpan.FromDays(1);
    }

    public enum DeploymentStage { Build, Test, Stage1, Stage2, Stage3, Production }

    public enum ServiceTier { Bronze, Silver, Gold }

    public enum JobState { Queued, Running, Succeeded, Failed }

    public sealed class ResponseCache
    {
        private readonly Dictionary<string, (DateTime Expires, string Body)> _entries = new();

        public TimeSpan ResponseLifetime { get; set; } = TimeSpan.FromDays(2);

        public void Put(string key, string body, DateTime now) => _entries[key] = (now.Add(ResponseLifetime), body);

        public string? Get(string key, DateTime now)
            => _entries.TryGetValue(key, out var entry) && entry.Expires > now ? entry.Body : null;

        public int Evict(DateTime now)
        {
            var expired = _entries.Where(e => e.Value.Expires <= now).Select(e => e.Key).ToList();
            foreach (var key in expired)
            {
                _entries.Remove(key);
            }

            return expired.Count;
        }
    }

    public sealed class InvoiceService
    {
        public const int PaymentTermsDays = 30;
        public const int ReminderAfterDays = 7;

        public DateTime DueDate(DateTime issued) => issued.AddDays(PaymentTermsDays);
        public DateTime ResponseDeadline(DateTime queryRaised) => queryRaised.AddDays(10);
        public DateTime FirstReminder(DateTime issued) => DueDate(issued).AddDays(ReminderAfterDays);
        public bool IsWithinDisputeWindow(DateTime issued, DateTime today) => today <= issued.AddMonths(6);
    }

    public sealed class Pipeline
    {
        public DeploymentStage Current { get; private set; } = DeploymentStage.Build;
        public DateTime StageDeadline(DateTime started) => started.AddDays(3);
        public void Advance() => Current = Current == DeploymentStage.Production ? Current : Current + 1;
    }
}
