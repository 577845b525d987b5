using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>A modal verb governs only the verbs it takes: not a past verb joined after it by "and" (sentences written for these tests).</summary>
public sealed class ModalScopeTests
{
    [Theory]
    [InlineData("The general said he would be sworn in on Friday and pledged a vote within a year.", "AGREE")]
    [InlineData("The envoy said talks could resume soon but welcomed the release of the hostages.", "SUPPORT")]
    public void APastVerbJoinedAfterAModal_IsFact(string text, string type) =>
        Assert.Equal(EventModality.Asserted, Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == type).Modality);

    [Fact]
    public void AVerbTheModalTakes_StaysSupposed() =>
        Assert.NotEqual(EventModality.Asserted,
            Assert.Single(EventCodingTests.Code("Officials said Iran could strike Israel within days."), e => e.Category.Type == "ASSAULT").Modality);
}
