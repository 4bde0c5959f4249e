using ComplaintCode;

namespace RiversideHomes.NonCompliant;

[ExtensionLetter(1)]
public sealed class Stage1ExtensionLetter // CHC0301: no OmbudsmanContact member (6.5)
{
    public string Reason { get; set; } = "";

    public DateTime NewResponseDate { get; set; }
}

[StageResponseLetter(1)]
public sealed class Stage1ResponseLetter // CHC0302: confirms only items c and d of 6.9
{
    [LetterItem(ResponseLetterItem.Decision)]
    public string Decision { get; set; } = "";

    [LetterItem(ResponseLetterItem.Reasons)]
    public string Reasons { get; set; } = "";
}

[RefusalLetter]
public sealed class NotAcceptedLetter // CHC0303: no reasons given (2.4)
{
    public OmbudsmanContact Ombudsman { get; } = new();
}
