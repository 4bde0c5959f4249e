using ComplaintCode;

Console.WriteLine($"Provision 6.3: {CodeProvisions.Get("6.3").Requirement}");
Console.WriteLine($"Stage 1 response due: {WorkingDays.Add(new DateOnly(2025, 12, 19), ComplaintPolicy.Stage1ResponseWorkingDays):yyyy-MM-dd}");
