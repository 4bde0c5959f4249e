namespace RiversideHomes.Complaints.Domain;

/// <summary>A member of staff who can handle complaints.</summary>
public sealed record StaffMember(string Id, string Name, string Role)
{
    public override string ToString() => $"{Name} ({Role})";
}

/// <summary>Someone acting for the resident: a relative, an advocate, a councillor or an MP.</summary>
public sealed record Representative(string Name, string Relationship, bool ConsentOnFile);

/// <summary>A resident of Riverside Homes.</summary>
public sealed record Resident(string Name, string Address, Representative? Representative = null)
{
    /// <summary>Letters go to the representative, if the resident has one, and always name the resident.</summary>
    public string Addressee => Representative is { } r ? $"{r.Name} ({r.Relationship}) for {Name}" : Name;
}
