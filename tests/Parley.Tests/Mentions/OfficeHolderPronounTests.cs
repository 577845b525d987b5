using Parley.Events;

namespace Parley.Tests.Mentions;

/// <summary>
/// "he" or "him" may take up a person named by office alone ("China's consul"), not only one named by name; a description
/// after "the" ("the ambassador") and holders of a title ("lawmakers") are left out, as it most often takes up someone named before (sentences written for
/// these tests).
/// </summary>
public sealed class OfficeHolderPronounTests
{
    [Fact]
    public void He_AfterAPersonNamedByOffice_IsThatPerson()
    {
        const string text = "Prime Minister Mark Carney spoke in Ottawa on Monday. Canada expelled China's ambassador after he accused "
                            + "Canadian officials of lying.";
        var accuser = Assert.Single(At(text, "accused").Actors);
        Assert.Equal("CHN", accuser.Code);
    }

    [Fact]
    public void He_AfterHoldersOfATitle_IsNotThem()
    {
        const string text = "President Volodymyr Zelensky flew to Washington on Wednesday. In the evening he addressed a joint meeting of Congress, "
                            + "telling lawmakers that aid was no charity. He also accused Russia of terror.";
        Assert.Equal("UKR", Assert.Single(At(text, "accused").Actors).Code);
    }

    private static PloverEvent At(string text, string cue) =>
        Assert.Single(Parley.Tests.Events.EventCodingTests.Code(text, "2025-06-01"), e => text[e.Trigger.Start..e.Trigger.End].Contains(cue, StringComparison.Ordinal));
}
