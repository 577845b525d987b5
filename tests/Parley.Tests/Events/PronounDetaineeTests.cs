namespace Parley.Tests.Events;

/// <summary>
/// A detainee told by "she" or "he" before a passive ("after she was seized in Damascus") is the person named before,
/// coded with that person's own country, not the people of the place where it happened (sentences written for these tests).
/// </summary>
public sealed class PronounDetaineeTests
{
    [Theory]
    [InlineData("Syria freed the Swedish journalist Anna Berg on Monday, two months after she was seized in Damascus.")]
    [InlineData("Syria freed Anna Berg, a Swedish aid worker, on Monday. She was seized in Damascus in May.")]
    public void SheBeforeAPassiveSeizure_IsTheSwedeNamedBefore(string text) =>
        Assert.Equal("SWE", Assert.Single(Assert.Single(EventCodingTests.Code(text, "2025-06-12"), e => e.Category.Type == "COERCE").Recipients).Code);
}
