using Parley.Tests.Support;

namespace Parley.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("The U.S. envoy arrived. He met officials.", "The U.S. envoy arrived.|He met officials.")]
    [InlineData("Aid came from the U.S. The envoy left.", "Aid came from the U.S.|The envoy left.")]
    [InlineData("The U.N. Security Council met.", "The U.N. Security Council met.")]
    [InlineData("Lt. Gen. Kyrylo Budanov spoke. Gen. Syrskyi agreed.", "Lt. Gen. Kyrylo Budanov spoke.|Gen. Syrskyi agreed.")]
    [InlineData("Sen. Graham and Rep. Johnson met Dr. Smith and Mr. Jones.", "Sen. Graham and Rep. Johnson met Dr. Smith and Mr. Jones.")]
    [InlineData("He flew to St. Petersburg on Jan. 5 and Feb. 19.", "He flew to St. Petersburg on Jan. 5 and Feb. 19.")]
    [InlineData("Resolution No. 2334 passed. It was binding.", "Resolution No. 2334 passed.|It was binding.")]
    [InlineData("Strikes began at 4 a.m. The city shook.", "Strikes began at 4 a.m.|The city shook.")]
    [InlineData("President George H. W. Bush met him.", "President George H. W. Bush met him.")]
    [InlineData("Inflation hit 3.5 percent. Prices rose.", "Inflation hit 3.5 percent.|Prices rose.")]
    [InlineData("“We will win.” The crowd cheered.", "“We will win.”|The crowd cheered.")]
    [InlineData("He paused... and went on. Then he left.", "He paused... and went on.|Then he left.")]
    [InlineData("Is it over? Nobody knows!", "Is it over?|Nobody knows!")]
    [InlineData("The U.K. and the E.U. agreed.", "The U.K. and the E.U. agreed.")]
    public void Split_SurvivesAbbreviationsDecimalsQuotesAndEllipses(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Pipelines.Sentences(text));

    [Fact]
    public void Split_KeepsBulletsAsTheirOwnUnits()
    {
        var text = "The agenda is broad:\n- Energy: To cut reliance on one supplier.\n- Reform: To speed up courts.\nTalks end Friday.";
        Assert.Equal(
            ["The agenda is broad:", "- Energy: To cut reliance on one supplier.", "- Reform: To speed up courts.", "Talks end Friday."],
            Pipelines.Sentences(text));
    }
}
