namespace Parley.Tests.Events;

/// <summary>
/// What an agreement's infinitive or object names is what was agreed, one event, not an act of its own (sentences written
/// for these tests).
/// </summary>
public sealed class AgreedActContentTests
{
    [Theory]
    [InlineData("Thai and Cambodian officials agreed to resume direct flights and reopen border markets.", "AGREE")]
    [InlineData("Peru's interior minister agreed to step down after the scandal.", "CONCEDE")]
    [InlineData("Manila agreed to open two more bases to Japanese forces.", "AGREE")]
    [InlineData("Ghana agreed a $3 billion loan with the IMF in May.", "AGREE")]
    public void AnAgreementAndWhatItNames_AreOneEvent(string sentence, string type) =>
        Assert.Equal(type, Assert.Single(EventCodingTests.Code(sentence)).Category.Type);
}
