using ComplaintCode;
using RiversideHomes.Complaints.Domain;

namespace RiversideHomes.Complaints.Workflow;

/// <summary>Chooses who handles a complaint at each stage.</summary>
public sealed class HandlerAssignment
{
    private readonly IReadOnlyList<StaffMember> _stage1Team;
    private readonly IReadOnlyList<StaffMember> _stage2Team;
    private int _next;

    public HandlerAssignment(IReadOnlyList<StaffMember> stage1Team, IReadOnlyList<StaffMember> stage2Team)
    {
        _stage1Team = stage1Team;
        _stage2Team = stage2Team;
    }

    /// <summary>Stage 1 complaints go round the stage 1 team in turn.</summary>
    public StaffMember AssignStage1Handler() => _stage1Team[_next++ % _stage1Team.Count];

    /// <summary>Stage 2 goes to someone on the stage 2 team who did not consider the complaint at stage 1.</summary>
    [Implements(Provision.DifferentStage2Handler, Evidence = "AssignStage2Handler reads the stage 1 handler and leaves them out of the candidates for stage 2.")]
    public StaffMember AssignStage2Handler(Complaint complaint)
    {
        var stage1Handler = complaint.Stage1Handler;
        var candidates = _stage2Team.Where(s => stage1Handler is null || s.Id != stage1Handler.Id).ToList();
        return candidates.Count > 0
            ? candidates[0]
            : throw new InvalidOperationException($"Nobody but the stage 1 handler can take {complaint.Reference} at stage 2; ask the complaints officer.");
    }
}
