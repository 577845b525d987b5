namespace Parley.Tests.Events;

/// <summary>The channel words were said through, told between a cue's words, reads as the cue without it (sentences written for these tests).</summary>
public sealed class ChannelAdjunctInCueTests
{
    [Theory]
    [InlineData("The junta vowed in a televised address to crush the rebellion.", "The junta vowed to crush the rebellion.")]
    [InlineData("Japan pledged in a speech on Monday to send more patrol boats to Manila.", "Japan pledged to send more patrol boats to Manila.")]
    [InlineData("The militia threatened on social media to attack oil tankers.", "The militia threatened to attack oil tankers.")]
    [InlineData("Baku accused Yerevan in an interview with state television of shelling its positions.", "Baku accused Yerevan of shelling its positions.")]
    public void TheCueWithItsChannel_IsCodedAsTheCueAlone(string withChannel, string without)
    {
        var told = EventCodingTests.Code(without).Select(e => e.PloverCategory.Type).ToList();
        Assert.NotEmpty(told);
        Assert.Equal(told, EventCodingTests.Code(withChannel).Select(e => e.PloverCategory.Type));
    }

    [Fact]
    public void APledgeToSendToldInASpeech_IsNoDeliveryDone() =>
        Assert.DoesNotContain(EventCodingTests.Code("Japan pledged in a speech on Monday to send more patrol boats to Manila."),
            e => e.PloverCategory.Type == "AID");

    [Fact]
    public void AModalityCueWithItsChannel_StillGovernsItsClause() =>
        Assert.Equal(Parley.Events.EventModality.Hypothetical, Assert.Single(EventCodingTests.Code(
            "Kyiv alleged in a statement that Russian troops had shelled the dam."), e => e.Category.Type == "ASSAULT").Modality);
}
