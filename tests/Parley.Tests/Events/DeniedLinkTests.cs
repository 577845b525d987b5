using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>A denial of any link with an event ("had nothing to do with") denies the link, not the event (a sentence written for these tests).</summary>
public sealed class DeniedLinkTests
{
    [Fact]
    public void AnAttackAPowerCutHadNothingToDoWith_TookPlace() =>
        Assert.Equal(EventModality.Asserted, Assert.Single(EventCodingTests.Code(
            "Officials in Kyiv said the power cut had nothing to do with a Russian missile attack on the plant on Sunday."),
            e => e.Category.Type == "ASSAULT").Modality);
}
