using ComplaintCode;

namespace RiversideHomes.Complaints.Domain;

/// <summary>Riverside Homes runs the Code's two-stage procedure: no "stage 0", no informal stage, no third stage.</summary>
[ComplaintStages]
[Implements(Provision.NoExtraNamedStages, Provision.TwoStagesOnly,
    Evidence = "The only stages a complaint can be in are stage 1 and stage 2; the analyzers check this enum on every build.")]
public enum ComplaintStage
{
    Stage1 = 1,
    Stage2 = 2,
}
