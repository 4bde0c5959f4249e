using ComplaintCode.Cli.Import;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Cli.Tests.Import;

public sealed class ComplyAnswerTests
{
    [Theory]
    [InlineData("Yes")]
    [InlineData("YES")]
    [InlineData(" yes ")]
    [InlineData("y")]
    [InlineData("Compliant")]
    [InlineData("**Yes**")]
    [InlineData("Yes.")]
    [InlineData("\u2713")]
    [InlineData("\u2714")]
    public void Plain_yes_answers_are_yes(string cell)
    {
        var answer = ComplyAnswer.Read(cell);

        Assert.Equal(PolicyComply.Yes, answer.Value);
        Assert.Null(answer.Note);
    }

    [Theory]
    [InlineData("No")]
    [InlineData("n")]
    [InlineData("Not compliant")]
    [InlineData("Non-compliant")]
    public void Plain_no_answers_are_no(string cell)
    {
        var answer = ComplyAnswer.Read(cell);

        Assert.Equal(PolicyComply.No, answer.Value);
        Assert.Null(answer.Note);
    }

    [Theory]
    [InlineData("Partial")]
    [InlineData("Partially")]
    [InlineData("partially compliant")]
    public void Partial_answers_are_no_and_keep_their_word(string cell)
    {
        var answer = ComplyAnswer.Read(cell);

        Assert.Equal(PolicyComply.No, answer.Value);
        Assert.Equal($"Imported answer: {cell}", answer.Note);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_cell_is_unanswered_with_nothing_to_note(string cell)
    {
        var answer = ComplyAnswer.Read(cell);

        Assert.Equal(PolicyComply.Unanswered, answer.Value);
        Assert.Null(answer.Note);
    }

    [Theory]
    [InlineData("N/A")]
    [InlineData("TBC")]
    [InlineData("Yes / No")]
    [InlineData("Yes - see note")]
    [InlineData("In progress")]
    public void Anything_else_is_unanswered_and_keeps_the_text(string cell)
    {
        var answer = ComplyAnswer.Read(cell);

        Assert.Equal(PolicyComply.Unanswered, answer.Value);
        Assert.Equal($"Imported answer: {cell}", answer.Note);
    }
}
