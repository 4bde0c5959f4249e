using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;

namespace ComplaintCode.Cli.Tests.Rendering;

/// <summary>Self-assessments like the build writes, for the rendering and schema tests.</summary>
internal static class SampleAssessments
{
    public static readonly ProjectInfo Project = new("RiversideHomes", "ComplaintCode.Analyzers", "0.1.0");

    /// <summary>A landlord part-way there: code evidence, policy documents, a breach found in code, a declared gap.</summary>
    public static SelfAssessment Realistic()
    {
        var records = AssessmentBuilder.NewRecords();
        records["1.2"].Evidence.Add(new Evidence("document", "Customer Feedback and Complaints Policy, paragraph 3.1", Link: "https://www.riversidehomes.example/complaints-policy#definition"));
        records["1.2"].Commentary.Add("This is the definition within the Customer Feedback and Complaints Policy.");
        records["1.4"].Evidence.Add(new Evidence("code", "Service requests are logged apart from complaints", "RiversideHomes.Requests.ServiceRequestLog.Record(ServiceRequest)", "Requests/ServiceRequestLog.cs", 18));
        records["3.4"].Evidence.Add(new Evidence("document", "Complaints policy on our website", Link: "https://www.riversidehomes.example/complaints"));
        records["3.4"].Evidence.Add(new Evidence("document", "Easy-read leaflet (paper copies at every office)"));
        records["5.1"].Evidence.Add(new Evidence("code", "Complaint officer assigned on logging", "RiversideHomes.Workflow.ComplaintHandler.Assign(Complaint, Officer)", "Workflow/Assign.cs", 12));
        records["6.3"].Evidence.Add(new Evidence("code", "Stage 1 deadline", "RiversideHomes.Workflow.Deadlines.RespondBy(DateOnly)", "Workflow/Deadlines.cs", 42));
        records["6.3"].Evidence.Add(new Evidence("code", "RiversideHomes.Workflow.Deadlines.AcknowledgeBy(DateOnly)", "RiversideHomes.Workflow.Deadlines.AcknowledgeBy(DateOnly)", "Workflow/Deadlines.cs", 30));
        records["6.3"].Commentary.Add("Working days exclude bank holidays in England and Wales.");
        records["6.13"].Evidence.Add(new Evidence("code", "Stage 2 handler", "RiversideHomes.Workflow.StageTwo.Escalate(Complaint)", "Workflow/StageTwo.cs", 7));
        records["6.13"].Findings.Add(new Finding("CHC0401", "The stage 2 response may be written by the person who handled stage 1 (provision 6.13)", "Workflow/Assign.cs", 12));
        records["6.13"].Findings.Add(new Finding("CHC0201", "Stage 2 response deadline counts calendar days, not working days (provision 6.13)", "Workflow/Deadlines.cs", 57));
        records["7.1"].DeclaredMet = true;
        records["7.1"].Commentary.Add("Remedies follow the Ombudsman's remedies guidance; see the Remedies Procedure, section 2.");
        records["9.5"].DeclaredNotMet = true;
        records["9.5"].ComplyBy = "2026-09-30";
        records["9.5"].Commentary.Add("The member responsible for complaints will be appointed at the September board meeting.");

        var assessment = AssessmentBuilder.Build(records, "Riverside Homes", Project, "2026-06-30");
        return assessment with { Findings = new[] { new Finding("CHC0901", "The complaints policy file lists no landlord name", "complaint-policy.yaml", 1) } };
    }

    /// <summary>A blank assessment with no landlord, project or date: every provision not evidenced.</summary>
    public static SelfAssessment Blank() => AssessmentBuilder.Build(AssessmentBuilder.NewRecords(), null, null, null);

    /// <summary>
    /// <paramref name="assessment"/> with provision <paramref name="id"/>'s requirement replaced, e.g. by text
    /// that must be escaped.
    /// </summary>
    public static SelfAssessment WithRequirement(SelfAssessment assessment, string id, string requirement)
        => assessment with { Provisions = assessment.Provisions.Select(p => p.Id == id ? p with { Requirement = requirement } : p).ToList() };

    public static SelfAssessment WithProvision(SelfAssessment assessment, string id, Func<ProvisionAssessment, ProvisionAssessment> change)
        => assessment with { Provisions = assessment.Provisions.Select(p => p.Id == id ? change(p) : p).ToList() };
}
