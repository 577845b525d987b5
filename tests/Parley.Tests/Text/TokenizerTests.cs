using Parley.Documents;
using Parley.Tests.Support;

namespace Parley.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("U.S. aid", "U.S.|aid")]
    [InlineData("Ukraine’s sovereignty", "Ukraine|’s|sovereignty")]
    [InlineData("the US Envoy\n‘s arrival", "the|US|Envoy|‘s|arrival")]
    [InlineData("US-Ukraine ties", "US-Ukraine|ties")]
    [InlineData("F-16 jets", "F-16|jets")]
    [InlineData("a Qatar-brokered truce", "a|Qatar|-|brokered|truce")]
    [InlineData("Al-Ahli hospital", "Al-Ahli|hospital")]
    [InlineData("army-brokered talks", "army-brokered|talks")]
    [InlineData("$1.5bn in aid", "$|1.5bn|in|aid")]
    [InlineData("10,000 troops", "10,000|troops")]
    [InlineData("Lt. Gen. Budanov", "Lt.|Gen.|Budanov")]
    [InlineData("at 7 a.m. local", "at|7|a.m.|local")]
    [InlineData("George H. W. Bush", "George|H.|W.|Bush")]
    [InlineData("wait... what?!", "wait|...|what|?!")]
    [InlineData("“Yes,” he said.", "“|Yes|,|”|he|said|.")]
    public void Tokenize_SplitsNewsTextIntoWordsAbbreviationsAndPunctuation(string text, string expected)
    {
        var document = Pipelines.Process(text);
        Assert.Equal(expected, string.Join('|', document.Tokens.Select(t => document.TextOf(t).ToString())));
    }

    [Theory]
    [InlineData("U.S.", TokenKind.Abbreviation)]
    [InlineData("Gen.", TokenKind.Abbreviation)]
    [InlineData("1.5", TokenKind.Number)]
    [InlineData("’s", TokenKind.Clitic)]
    [InlineData("…", TokenKind.Terminal)]
    [InlineData("Kyiv", TokenKind.Word)]
    public void Tokenize_GivesEachTokenItsKind(string text, TokenKind kind)
    {
        var token = Assert.Single(Pipelines.Process(text).Tokens);
        Assert.Equal(kind, token.Kind);
    }
}
