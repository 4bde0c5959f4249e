#nullable enable
using System;

namespace ComplaintCode
{
    /// <summary>
    /// Marks the complaint workflow under assessment: the class whose members handle complaints by the Code's two
    /// stages. The analyzers check its deadlines and handlers, and the self-assessment lists it as evidence.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ComplaintWorkflowAttribute : Attribute
    {
    }

    /// <summary>
    /// Evidence that this declaration implements one or more provisions of the Code.
    /// Example: <c>[Implements("6.2", "6.3")]</c> or <c>[assembly: Implements("9.4", "9.5", Evidence = "Board terms of reference")]</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
    public sealed class ImplementsAttribute : Attribute
    {
        /// <summary>Evidence for the given provisions.</summary>
        /// <param name="provisions">The provisions, e.g. <see cref="Provision.Stage1Response"/>.</param>
        public ImplementsAttribute(params Provision[] provisions)
        {
            Provisions = provisions;
            Ids = new string[0];
        }

        /// <summary>Evidence for the provisions with the given numbers, e.g. "6.3".</summary>
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
    /// Marks the enum of complaint stages. The Code allows exactly two stages and no extra named ones (5.2, 5.3).
    /// </summary>
    [AttributeUsage(AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
    public sealed class ComplaintStagesAttribute : Attribute
    {
    }

    /// <summary>
    /// Marks the type that models an extension letter at the given stage. It must carry the Ombudsman's contact
    /// details (6.5, 6.16): a member of type <see cref="OmbudsmanContact"/>, or one marked
    /// <see cref="OmbudsmanContactDetailsAttribute"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class ExtensionLetterAttribute : Attribute
    {
        /// <summary>Marks an extension letter of the given stage.</summary>
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
    /// (stage 2): mark each member that carries one with <see cref="LetterItemAttribute"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class StageResponseLetterAttribute : Attribute
    {
        /// <summary>Marks a response letter of the given stage.</summary>
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
    }

    /// <summary>Marks a letter member that carries the Housing Ombudsman Service's contact details.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class OmbudsmanContactDetailsAttribute : Attribute
    {
    }

    /// <summary>Marks a letter member that carries one of the items a stage response letter must confirm.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public sealed class LetterItemAttribute : Attribute
    {
        /// <summary>Marks the member that carries <paramref name="item"/>.</summary>
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
        /// <summary>Marks the handler of the given stage.</summary>
        /// <param name="stage">The complaint stage: 1 or 2.</param>
        public ComplaintHandlerAttribute(int stage)
        {
            Stage = stage;
        }

        /// <summary>The complaint stage: 1 or 2.</summary>
        public int Stage { get; private set; }
    }
}
