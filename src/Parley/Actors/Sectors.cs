using System.Collections.Frozen;

namespace Parley.Actors;

/// <summary>The PLOVER/CAMEO agent sector codes an actor can carry.</summary>
public static class Sectors
{
    /// <summary>Every known sector code, with what it stands for.</summary>
    public static FrozenDictionary<string, string> Known { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GOV"] = "government, executive, diplomats",
        ["MIL"] = "armed forces",
        ["LEG"] = "legislature",
        ["JUD"] = "judiciary and prosecutors",
        ["POL"] = "police",
        ["CVL"] = "civilians",
        ["REB"] = "rebels and armed non-state groups",
        ["OPP"] = "political opposition",
        ["BUS"] = "business",
        ["MED"] = "media",
        ["EDU"] = "education",
        ["HLH"] = "health",
        ["REL"] = "religion",
        ["NGO"] = "non-governmental organisations",
        ["IGO"] = "intergovernmental organisations",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True for a known sector code.</summary>
    public static bool IsKnown(string code) => Known.ContainsKey(code);
}
