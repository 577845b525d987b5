using Parley.Tests.Events;

namespace Parley.Tests.Pipeline;

/// <summary>
/// Headlines and cut-off feed summaries end where a sentence would go on: an event cue may be the last word of
/// the text. Every rule that looks at the word after a cue must then see nothing, not fail.
/// </summary>
public sealed class CutOffTextTests
{
    // Written for this test; each is cut after every one of its words.
    public static TheoryData<string> Texts => new()
    {
        "United Arab Emirates Hosts Sudan Talks",
        "President Joe Biden signed the bill authorising new aid to Taiwan, officials said on Wednesday.",
        "Three civilians were killed by shelling in Kherson overnight, the regional governor said.",
        "The ministers agreed that the sanctions imposed on Minsk would stay in place until the talks resume.",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void EveryCutOfATextIsCoded_InItsOwnCaseAndInTitleCase(string text)
    {
        var cuts = text.Split(' ').Select((_, i) => string.Join(' ', text.Split(' ')[..(i + 1)])).ToList();
        foreach (var cut in cuts.Concat(cuts.Select(System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase)))
        {
            var exception = Record.Exception(() => EventCodingTests.Code(cut));
            Assert.True(exception is null, $"'{cut}': {exception}");
        }
    }
}
