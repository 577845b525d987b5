using System.Collections.Frozen;
using Parley.Lexicons;

namespace Parley.Mentions;

/// <summary>The words that tell a location from an actor (<c>cues/location-cues.tsv</c>).</summary>
public sealed class LocationCues
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> locative;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> motion;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> direction;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ambiguous;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> partitive;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> boundary;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> reach;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> eventNouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> adjectives;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> givenNames;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> subnational;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> scenes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> party;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> sites;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> residence;

    /// <summary>Loads the cues.</summary>
    public LocationCues(LexiconFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var lines = files.Read("cues/location-cues.tsv", 2);
        foreach (var line in lines)
        {
            if (line.Fields[1] is not ("locative" or "motion" or "direction" or "partitive" or "boundary" or "reach" or "event" or "adjective" or "ambiguous" or "given-name" or "subnational" or "scene" or "party" or "site" or "residence"))
                throw line.Error($"unknown cue '{line.Fields[1]}' (use locative, motion, direction, partitive, boundary, reach, event, adjective, ambiguous, given-name, subnational, scene, party, site or residence).");
        }
        locative = Set(lines, "locative", StringComparer.OrdinalIgnoreCase);
        motion = Set(lines, "motion", StringComparer.OrdinalIgnoreCase);
        direction = Set(lines, "direction", StringComparer.OrdinalIgnoreCase);
        ambiguous = Set(lines, "ambiguous", StringComparer.Ordinal);
        partitive = Set(lines, "partitive", StringComparer.OrdinalIgnoreCase);
        boundary = Set(lines, "boundary", StringComparer.OrdinalIgnoreCase);
        reach = Set(lines, "reach", StringComparer.OrdinalIgnoreCase);
        eventNouns = Set(lines, "event", StringComparer.OrdinalIgnoreCase);
        adjectives = Set(lines, "adjective", StringComparer.OrdinalIgnoreCase);
        givenNames = Set(lines, "given-name", StringComparer.Ordinal);
        subnational = Set(lines, "subnational", StringComparer.OrdinalIgnoreCase);
        scenes = Set(lines, "scene", StringComparer.OrdinalIgnoreCase);
        party = Set(lines, "party", StringComparer.OrdinalIgnoreCase);
        sites = Set(lines, "site", StringComparer.OrdinalIgnoreCase);
        residence = Set(lines, "residence", StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A preposition that puts what follows in a place ("in", "near").</summary>
    public bool IsLocative(ReadOnlySpan<char> word) => locative.Contains(word);

    /// <summary>A word of travel ("arrived", "trip").</summary>
    public bool IsMotion(ReadOnlySpan<char> word) => motion.Contains(word);

    /// <summary>A compass adjective ("eastern").</summary>
    public bool IsDirection(ReadOnlySpan<char> word) => direction.Contains(word);

    /// <summary>A noun before "of" that makes what follows a place ("outskirts of").</summary>
    public bool IsPartitive(ReadOnlySpan<char> word) => partitive.Contains(word);

    /// <summary>A noun before "with" that makes what follows a place ("border with").</summary>
    public bool IsBoundary(ReadOnlySpan<char> word) => boundary.Contains(word);

    /// <summary>A verb whose object is a place ("entered", "visited").</summary>
    public bool IsReach(ReadOnlySpan<char> word) => reach.Contains(word);

    /// <summary>A noun naming a meeting held in the city before it ("Talks", "Declaration").</summary>
    public bool IsEventNoun(ReadOnlySpan<char> word) => eventNouns.Contains(word);

    /// <summary>A word that may stand between a locative word and the place, outside its name ("in neighbouring Niger").</summary>
    public bool IsLocativeAdjective(ReadOnlySpan<char> word) => adjectives.Contains(word);

    /// <summary>A place name that is also a common word or given name.</summary>
    public bool IsAmbiguous(ReadOnlySpan<char> name) => ambiguous.Contains(name);

    /// <summary>A country's name that is also a person's given name or surname ("Jordan", "Chad").</summary>
    public bool IsGivenName(ReadOnlySpan<char> name) => givenNames.Contains(name);

    /// <summary>A word of an office of a federated state, not of a country ("governor", "legislature"): "Georgia's governor" is the US state's.</summary>
    public bool IsSubnational(ReadOnlySpan<char> word) => subnational.Contains(word);

    /// <summary>A noun of a standing act whose "in" place is its own scene ("the war in Gaza"), not that of acts told about it.</summary>
    public bool IsScene(ReadOnlySpan<char> word) => scenes.Contains(word);

    /// <summary>A preposition that makes a whole country after it a party or a topic of the act, not its scene ("border with", "sanctions on").</summary>
    public bool IsParty(ReadOnlySpan<char> word) => party.Contains(word);

    /// <summary>A noun of a spot inside a place ("airport", "palace"): "at Milan's airport" is in Milan, where "Kyiv's forces" are Ukraine's.</summary>
    public bool IsSite(ReadOnlySpan<char> word) => sites.Contains(word);

    /// <summary>A word of where someone lives or sits ("living", "based"): "a politician living in Ohio" is not where an act happens.</summary>
    public bool IsResidence(ReadOnlySpan<char> word) => residence.Contains(word);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(IEnumerable<SourcedLine> lines, string cue, StringComparer comparer) =>
        lines.Where(l => l.Fields[1] == cue).Select(l => l.Fields[0]).ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
}
