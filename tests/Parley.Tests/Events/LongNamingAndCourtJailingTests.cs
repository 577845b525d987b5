namespace Parley.Tests.Events;

/// <summary>
/// Conflictual events told in ways the plain cues miss (sentences written for these tests): a naming whose judged act takes
/// a long phrase (events/naming-frames.tsv), judgements new to events/judgements.tsv, and a court that jails, which
/// convicts as well as jails (events/patterns.tsv).
/// </summary>
public sealed class LongNamingAndCourtJailingTests
{
    [Fact]
    public void ACourtThatJails_ConvictsAndJails()
    {
        var events = EventCodingTests.Code("A Tunisian court jails 12 opposition figures for conspiracy.", "2025-06-01");
        Assert.Contains(events, e => e.Category.Type == "SANCTION" && e.Category.Mode == "convict");
        Assert.Contains(events, e => e.Category.Type == "COERCE" && e.Category.Mode == "arrest");
    }
}
