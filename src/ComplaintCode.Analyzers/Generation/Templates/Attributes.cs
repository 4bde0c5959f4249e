#nullable enable
using System;

namespace ComplaintCode
{
    /// <summary>
    /// Marks the complaint workflow: the class whose members handle complaints through the Code's two stages. Inside
    /// it, what a member's name says is taken as certain, so its deadlines are held to the Code's timescales: 2.3 (12
    /// months to make a complaint), 6.2 (acknowledge in 5 working days), 6.3 and 6.4 (stage 1 response in 10, extension
    /// up to 10 more), 6.11 (stage 2 acknowledgement), 6.14 and 6.15 (stage 2 response in 20, extension up to 20
    /// more), all in working days.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ComplaintWorkflowAttribute : Attribute
    {
        /// <summary>
        /// Marks the complaint workflow, whose members' deadlines are held to the Code's timescales (2.3, 6.2, 6.3,
        /// 6.4, 6.11, 6.14, 6.15).
        /// </summary>
        public ComplaintWorkflowAttribute()
        {
        }
    }

    /// <summary>
    /// Evidence that this declaration implements one or more provisions of the Code, any of its 72: the
    /// self-assessment cites it for each. A timescale provision (2.3, 6.2, 6.3, 6.4, 6.11, 6.14, 6.15) also holds the
    /// declaration's numbers and date arithmetic to the Code's limit.
    /// Example: <c>[Implements(Provision.Stage1Response)]</c>, <c>[Implements("6.2", "6.3")]</c> or
    /// <c>[assembly: Implements("9.4", "9.5", Evidence = "Board terms of reference")]</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
    public sealed class ImplementsAttribute : Attribute
    {
        /// <summary>
        /// Evidence for the given provisions, any of the Code's 72 (1.2 to 9.8); hover over each to read the Code's
        /// requirement. The self-assessment cites this declaration for each of them.
        /// </summary>
        /// <param name="provisions">The provisions, e.g. <see cref="Provision.Stage1Response"/>.</param>
        public ImplementsAttribute(params Provision[] provisions)
        {
            Provisions = provisions;
            Ids = new string[0];
        }

        /// <summary>
        /// Evidence for the provisions with the given numbers, from 1.2 to 9.8, e.g. "6.3". Naming them as <see cref="Provision"/>
        /// members instead shows the Code's text on hover (CHC0005 offers the rewrite).
        /// </summary>
        /// <param name="ids">The provision numbers.</param>
        public ImplementsAttribute(params string[] ids)
        {
            Ids = ids;
            Provisions = new Provision[0];
        }

        /// <summary>The provisions named as <see cref="Provision"/> values.</summary>
        public Provision[] Provisions { get; private set; }

        /// <summary>The provisions named by number.</summary>
        public string[] Ids { get; private set; }

        /// <summary>How this declaration evidences the provisions, in the words of the self-assessment.</summary>
        public string? Evidence { get; set; }

        /// <summary>Commentary or explanation for the self-assessment.</summary>
        public string? Commentary { get; set; }
    }

    /// <summary>
    /// Marks the enum of complaint stages: either the stages themselves (<c>Stage1 = 1, Stage2 = 2</c>) or a status
    /// enum whose members carry stage numbers (<c>Received, Stage1Investigation, Stage1Responded, Stage2Escalated,
    /// Closed</c>). The Code allows exactly two stages (5.3) and no extra named ones such as stage 0 or an informal
    /// stage (5.2).
    /// </summary>
    [AttributeUsage(AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
    public sealed class ComplaintStagesAttribute : Attribute
    {
        /// <summary>Marks the enum of complaint stages, held to two stages (5.3) and no extra named stage (5.2).</summary>
        public ComplaintStagesAttribute()
        {
        }
    }

    /// <summary>
    /// Says that an enum named like stages or escalation levels (an HR <c>EscalationLevel</c>, a repairs
    /// <c>Tier</c>) is not the complaint procedure, so the rules that guess the stages from names (CHC0111, CHC0112,
    /// provisions 5.2 and 5.3) leave it alone.
    /// </summary>
    [AttributeUsage(AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
    public sealed class NotComplaintStagesAttribute : Attribute
    {
        /// <summary>Says this enum is not the complaint stages; CHC0111 and CHC0112 (5.2, 5.3) leave it alone.</summary>
        public NotComplaintStagesAttribute()
        {
        }
    }

    /// <summary>
    /// Marks the type that models an extension letter at the given stage. It must carry the Ombudsman's contact
    /// details (6.5, 6.16): a member of type <see cref="OmbudsmanContact"/>, or one marked
    /// <see cref="OmbudsmanContactDetailsAttribute"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class ExtensionLetterAttribute : Attribute
    {
        /// <summary>
        /// Marks an extension letter of the given stage, which must give the Ombudsman's contact details (6.5 at
        /// stage 1, 6.16 at stage 2).
        /// </summary>
        /// <param name="stage">The complaint stage: 1 or 2.</param>
        public ExtensionLetterAttribute(int stage)
        {
            Stage = stage;
        }

        /// <summary>The complaint stage: 1 or 2.</summary>
        public int Stage { get; private set; }
    }

    /// <summary>
    /// Marks the type that models a stage response letter. It must confirm items a to g of 6.9 (stage 1) or 6.19
    /// (stage 2): the complaint stage, the definition of the complaint, the decision, the reasons, any remedy, any
    /// outstanding actions and how to escalate. Mark each member that carries one with
    /// <see cref="LetterItemAttribute"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class StageResponseLetterAttribute : Attribute
    {
        /// <summary>
        /// Marks a response letter of the given stage, which must confirm items a to g of 6.9 (stage 1) or 6.19
        /// (stage 2).
        /// </summary>
        /// <param name="stage">The complaint stage: 1 or 2.</param>
        public StageResponseLetterAttribute(int stage)
        {
            Stage = stage;
        }

        /// <summary>The complaint stage: 1 or 2.</summary>
        public int Stage { get; private set; }
    }

    /// <summary>
    /// Marks the type that models a decision not to accept a complaint, or not to escalate one. It must give the
    /// reasons and the right to take the decision to the Ombudsman (2.4, 5.11).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class RefusalLetterAttribute : Attribute
    {
        /// <summary>
        /// Marks a refusal letter, which must give the reasons and the right to take the decision to the Ombudsman
        /// (2.4, 5.11).
        /// </summary>
        public RefusalLetterAttribute()
        {
        }
    }

    /// <summary>
    /// Marks a letter member that carries the Housing Ombudsman Service's contact details, when its type is not
    /// <see cref="OmbudsmanContact"/>: an extension letter must give them (6.5, 6.16), and a refusal letter must give
    /// the right to take the decision to the Ombudsman (2.4, 5.11).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class OmbudsmanContactDetailsAttribute : Attribute
    {
        /// <summary>
        /// Marks the member that carries the Ombudsman's contact details, for an extension letter (6.5, 6.16) or a
        /// refusal letter (2.4, 5.11).
        /// </summary>
        public OmbudsmanContactDetailsAttribute()
        {
        }
    }

    /// <summary>
    /// Marks a letter member that carries one of the items a to g a stage response letter must confirm (6.9 at stage
    /// 1, 6.19 at stage 2); on a refusal letter, <see cref="ResponseLetterItem.Reasons"/> marks the reasons the
    /// decision must give (2.4, 5.11).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public sealed class LetterItemAttribute : Attribute
    {
        /// <summary>
        /// Marks the member that carries <paramref name="item"/>, one of the items of a stage response letter (6.9,
        /// 6.19) or the reasons of a refusal letter (2.4, 5.11).
        /// </summary>
        /// <param name="item">The item of 6.9 or 6.19 that the member carries.</param>
        public LetterItemAttribute(ResponseLetterItem item)
        {
            Item = item;
        }

        /// <summary>The item of 6.9 or 6.19 that the member carries.</summary>
        public ResponseLetterItem Item { get; private set; }
    }

    /// <summary>
    /// Marks the member that holds the complaint handler of the given stage. The stage 2 handler must not be the
    /// stage 1 handler (6.13).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class ComplaintHandlerAttribute : Attribute
    {
        /// <summary>
        /// Marks the member that holds the handler of the given stage; whatever assigns the stage 2 handler must read
        /// the stage 1 handler, so they are never the same person (6.13).
        /// </summary>
        /// <param name="stage">The complaint stage: 1 or 2.</param>
        public ComplaintHandlerAttribute(int stage)
        {
            Stage = stage;
        }

        /// <summary>The complaint stage: 1 or 2.</summary>
        public int Stage { get; private set; }
    }
}
