using Parley.Mentions;
using Parley.Tests.Support;

namespace Parley.Tests.Mentions;

/// <summary>"his" and "her" are a person's, not a country's named in between (sentences written for these tests).</summary>
public sealed class PersonalPossessiveTests
{
    private static string[] OwnersOfGovernment(string sentence) =>
        [.. Pipelines.Mentions(sentence, MentionKind.Actor, "2025-01-10").Where(m => m.Text == "government").Select(m => m.Mention.Actor!.Code)];

    [Fact]
    public void HisGovernment_IsThePersonsCountrys()
    {
        Assert.Equal(["VEN"], OwnersOfGovernment("Venezuela's Maduro was sworn in for a third term as the United States announced new sanctions against his government."));
        Assert.Equal(["BLR"], OwnersOfGovernment("Belarus's Lukashenko was sworn in again as the European Union announced new sanctions against his government."));
    }
}
