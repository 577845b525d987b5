using System.Collections.Frozen;

namespace Parley.Serialization;

/// <summary>
/// The lower-case names of an enum's values, as the JSON writes them ("person", "month", "asserted"): made once per value
/// rather than formatted and lowered again for every mention and event of every document.
/// </summary>
internal static class LowerCaseNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(value => value, Lowered);

    /// <summary>The value's name in lower case; a value the enum does not name is formatted as it comes.</summary>
    public static string Of(TEnum value) => Names.TryGetValue(value, out var name) ? name : Lowered(value);

    private static string Lowered(TEnum value) => value.ToString().ToLowerInvariant();
}
