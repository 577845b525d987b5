namespace Parley.Tests.Events;

/// <summary>
/// A detainee told by "she" or "he" before a passive ("after she was seized in Damascus") is the person named before,
/// coded with that person's own country, not the people of the place where it happened (sentences written for these tests).
/// </summary>
public sealed class PronounDetaineeTests
{
    [Fact]
    public void PronounAfterASubordinator_BeforeAPassive_IsWhomItBefell()
    {
        var events = EventCodingTests.Code("Syria freed the Swedish journalist Anna Berg on Monday, two months after she was seized in Damascus.", "2025-06-12");
        var seizure = Assert.Single(events, e => e.Category.Type == "COERCE");
        Assert.Equal("SWE", Assert.Single(seizure.Recipients).Code);
    }

    [Fact]
    public void PronounOfAPersonNamedBesideHerDemonym_TakesHerCountry()
    {
        var events = EventCodingTests.Code("Syria freed Anna Berg, a Swedish aid worker, on Monday. She was seized in Damascus in May.", "2025-06-12");
        var seizure = Assert.Single(events, e => e.Category.Type == "COERCE");
        Assert.Equal("SWE", Assert.Single(seizure.Recipients).Code);
    }
}
