using ComplaintCode;

namespace RiversideHomes.Complaints.Domain;

/// <summary>A request to put something right, such as a repair. It is not a complaint.</summary>
public sealed class ServiceRequest
{
    public ServiceRequest(string reference, Resident resident, string description, DateOnly raisedOn, DateOnly targetDate)
    {
        Reference = reference;
        Resident = resident;
        Description = description;
        RaisedOn = raisedOn;
        TargetDate = targetDate;
    }

    public string Reference { get; }

    public Resident Resident { get; }

    public string Description { get; }

    public DateOnly RaisedOn { get; }

    public DateOnly TargetDate { get; }

    public DateOnly? CompletedOn { get; private set; }

    /// <summary>The complaint raised about this request, if the resident was unhappy with our response.</summary>
    public string? RelatedComplaint { get; private set; }

    public bool IsOpen => CompletedOn is null;

    /// <summary>Links the complaint raised about this request; the request itself stays open (1.5).</summary>
    public void RaiseComplaint(string complaintReference) => RelatedComplaint = complaintReference;

    public void Complete(DateOnly on) => CompletedOn = on;
}

/// <summary>
/// Every service request is logged here, apart from complaints, so that they can be monitored and reviewed.
/// </summary>
[Implements(Provision.ServiceRequestsRecorded, Evidence = "Service requests are recorded in ServiceRequestLog, separately from complaints; Overdue and ReviewSummary feed the monthly review.")]
public sealed class ServiceRequestLog
{
    private readonly List<ServiceRequest> _requests = new();

    public IReadOnlyList<ServiceRequest> All => _requests;

    public ServiceRequest Record(string description, Resident resident, DateOnly raisedOn, DateOnly targetDate)
    {
        var request = new ServiceRequest($"SR-{_requests.Count + 1:0000}", resident, description, raisedOn, targetDate);
        _requests.Add(request);
        return request;
    }

    /// <summary>Open requests past their target date: the monitoring view.</summary>
    public IEnumerable<ServiceRequest> Overdue(DateOnly today) => _requests.Where(r => r.IsOpen && r.TargetDate < today);

    /// <summary>The figures the monthly review looks at.</summary>
    public string ReviewSummary(DateOnly today)
        => $"{_requests.Count} service requests, {_requests.Count(r => r.IsOpen)} open, {Overdue(today).Count()} overdue, "
         + $"{_requests.Count(r => r.RelatedComplaint is not null)} led to a complaint";
}
