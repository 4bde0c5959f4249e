#nullable enable
namespace ComplaintCode
{
    /// <summary>
    /// The Housing Ombudsman Service's published contact details.
    /// Use it as a member type on a letter (6.5, 6.16, 2.4): the analyzers then know the letter carries them.
    /// </summary>
    /// <example>
    /// <c>public sealed record Stage1ExtensionLetter(string Reason, DateOnly NewResponseDate, OmbudsmanContact Ombudsman);</c>
    /// </example>
    public sealed class OmbudsmanContact
    {
        /// <summary>The service's name: Housing Ombudsman Service.</summary>
        public const string Name = "Housing Ombudsman Service";

        /// <summary>The service's postal address.</summary>
        public const string PostalAddress = "PO Box 1484, Unit D, Preston, PR2 0ET";

        /// <summary>The service's telephone number.</summary>
        public const string Telephone = "0300 111 3000";

        /// <summary>The service's email address.</summary>
        public const string Email = "info@housing-ombudsman.org.uk";

        /// <summary>The service's website.</summary>
        public const string Website = "www.housing-ombudsman.org.uk";

        /// <summary>The contact details as a paragraph for a letter.</summary>
        /// <returns>The name, address, telephone number, email address and website in one sentence each.</returns>
        public override string ToString()
        {
            return Name + ", " + PostalAddress + ". Telephone: " + Telephone + ". Email: " + Email + ". Website: " + Website + ".";
        }
    }
}
