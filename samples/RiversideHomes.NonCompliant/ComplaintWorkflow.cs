using ComplaintCode;

namespace RiversideHomes.NonCompliant;

public sealed class Complaint
{
    [ComplaintHandler(1)]
    public string? Stage1Handler { get; set; }

    [ComplaintHandler(2)]
    public string? Stage2Handler { get; set; }
}

[ComplaintWorkflow] // CHC0001: reported here for each provision with no evidence in code or in the policy file
public sealed class RiversideComplaintWorkflow
{
    private readonly List<string> _managers = new() { "Priya Shah", "Tom Okafor" };

    [Implements("6.13")]
    public void AssignStage2Handler(Complaint complaint) // CHC0401: never reads Stage1Handler, so it may pick the same person
    {
        complaint.Stage2Handler = _managers[0];
    }
}
