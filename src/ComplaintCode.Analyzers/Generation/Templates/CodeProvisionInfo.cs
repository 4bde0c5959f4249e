#nullable enable
using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ComplaintCode
{
    /// <summary>A provision of the Code, for showing the Code to staff at run time.</summary>
    public sealed class CodeProvisionInfo
    {
        internal CodeProvisionInfo(string id, Provision provision, int section, string sectionTitle, int? stage, string requirement, string gist)
        {
            Id = id;
            Provision = provision;
            Section = section;
            SectionTitle = sectionTitle;
            Stage = stage;
            Requirement = requirement;
            Gist = gist;
        }

        /// <summary>The provision number, e.g. "6.3".</summary>
        public string Id { get; private set; }

        /// <summary>The provision as a <see cref="ComplaintCode.Provision"/> value, e.g. <see cref="Provision.Stage1Response"/>.</summary>
        public Provision Provision { get; private set; }

        /// <summary>The section number, 1 to 9.</summary>
        public int Section { get; private set; }

        /// <summary>The section title, e.g. "Complaint stages".</summary>
        public string SectionTitle { get; private set; }

        /// <summary>1 or 2 for the provisions of section 6; otherwise null.</summary>
        public int? Stage { get; private set; }

        /// <summary>The requirement, word for word as the Code has it.</summary>
        public string Requirement { get; private set; }

        /// <summary>A short paraphrase, for lists and messages.</summary>
        public string Gist { get; private set; }

        /// <summary>The provision number and its requirement.</summary>
        /// <returns>For example "6.3 Landlords must issue a full response ...".</returns>
        public override string ToString()
        {
            return Id + " " + Requirement;
        }
    }

    /// <summary>Looks up the Code's provisions by id or by <see cref="ComplaintCode.Provision"/> value.</summary>
    public static partial class CodeProvisions
    {
        /// <summary>All provisions, in Code order.</summary>
        public static IReadOnlyList<CodeProvisionInfo> All
        {
            get { return Array.AsReadOnly(AllProvisions); }
        }

        /// <summary>Finds a provision by its number, e.g. "6.3". Returns false for an id the Code does not have.</summary>
        /// <param name="id">The provision number.</param>
        /// <param name="provision">The provision, or null.</param>
        /// <returns>Whether the Code has the provision.</returns>
        public static bool TryGet(string id, [NotNullWhen(true)] out CodeProvisionInfo? provision)
        {
            foreach (CodeProvisionInfo candidate in AllProvisions)
            {
                if (string.Equals(candidate.Id, id, StringComparison.Ordinal))
                {
                    provision = candidate;
                    return true;
                }
            }

            provision = null;
            return false;
        }

        /// <summary>Finds a provision by its number, e.g. "6.3".</summary>
        /// <param name="id">The provision number.</param>
        /// <returns>The provision.</returns>
        /// <exception cref="KeyNotFoundException">The Code has no provision <paramref name="id"/>.</exception>
        public static CodeProvisionInfo Get(string id)
        {
            if (TryGet(id, out CodeProvisionInfo? provision))
            {
                return provision;
            }

            throw new KeyNotFoundException("The Complaint Handling Code has no provision " + id + ".");
        }

        /// <summary>Finds a provision by its <see cref="ComplaintCode.Provision"/> value.</summary>
        /// <param name="provision">The provision.</param>
        /// <returns>Its details.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="provision"/> is not a member of the enum.</exception>
        public static CodeProvisionInfo Get(Provision provision)
        {
            foreach (CodeProvisionInfo candidate in AllProvisions)
            {
                if (candidate.Provision == provision)
                {
                    return candidate;
                }
            }

            throw new ArgumentOutOfRangeException(nameof(provision));
        }
    }
}
