using System.Globalization;
using Parley.Events;
using Parley.Mentions;
using Parley.Places;

namespace Parley.Storage.Linking;

/// <summary>
/// What a dated event brings to clustering: its type, its least actor and recipient codes, its place's country
/// and its day, and whether that day is its own date or only where it is filed. <see cref="Key"/> names the
/// happening this event founds when it joins none.
/// </summary>
/// <param name="Type">Its PLOVER type.</param>
/// <param name="Actor">Its least actor code, or null when it names none.</param>
/// <param name="Recipient">Its least recipient code, or null when it names none.</param>
/// <param name="Country">The country of its place, or null when it has none.</param>
/// <param name="Day">The day it is filed under.</param>
/// <param name="Exact">Whether <paramref name="Day"/> is the event's own date, given to the day, rather than its publication day or the start of a longer period.</param>
internal sealed record HappeningSign(string Type, string? Actor, string? Recipient, string? Country, DateOnly Day, bool Exact)
{
    /// <summary>
    /// day|type|actor|recipient|country|dated (or filed): starts with the day, which lets PostgreSQL read only the
    /// partitions of a happening's days. Events with one sign are always in one happening.
    /// </summary>
    public string Key { get; } = string.Join('|', Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Type, Actor, Recipient, Country, Exact ? "dated" : "filed");

    /// <summary>Whether it names a party: an event that names none cannot be told apart from others of its kind and day, so it joins only its exact sign.</summary>
    public bool HasParty => Actor is not null || Recipient is not null;

    /// <summary>
    /// Whether an event of this sign and one of <paramref name="other"/> report one happening: the same type;
    /// compatible parties (each side equal or unknown on one of the two, at least one side named by both; for a
    /// symmetric type the sides may be swapped); the same country when both have one; days within the window;
    /// and one day when both are dated to the day by their reports (Blinken met Qin on the 18th and Xi on the
    /// 19th: two meetings, although a report filed on the 19th may tell of either).
    /// </summary>
    public bool Links(HappeningSign other, HappeningOptions options)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(options);
        if (other.Type != Type || !Compatible(Country, other.Country) || Math.Abs(Day.DayNumber - other.Day.DayNumber) > options.WindowDays
            || Exact && other.Exact && Day != other.Day)
            return false;
        return SharesSides(Actor, Recipient, other.Actor, other.Recipient)
            || options.SymmetricTypes.Contains(Type) && SharesSides(Actor, Recipient, other.Recipient, other.Actor);
    }

    /// <summary>Whether no side is named differently and at least one is named alike.</summary>
    private static bool SharesSides(string? actor, string? recipient, string? otherActor, string? otherRecipient) =>
        Compatible(actor, otherActor) && Compatible(recipient, otherRecipient)
        && (actor is not null && actor == otherActor || recipient is not null && recipient == otherRecipient);

    private static bool Compatible(string? a, string? b) => a is null || b is null || a == b;

    /// <summary>
    /// The sign of event <paramref name="e"/> filed under <paramref name="day"/>. The least actor and recipient
    /// codes, not the first: a report may name the parties of a side in any order.
    /// </summary>
    public static HappeningSign Of(PloverEvent e, DateOnly day) =>
        new(e.PloverCategory.Type, LeastCode(e.Actors), LeastCode(e.Recipients), CountryOf(e),
            day, e.Date?.Time is { Precision: TimePrecision.Day } time && time.First == day);

    /// <summary>
    /// The country of the event's place, unless the place says little about where: one taken from the dateline
    /// says where the story was filed, and outlets file one happening from many cities; a whole country that is
    /// one of the event's own parties ("Iran's embassy in Damascus", "struck Iran") names a party more than a place.
    /// </summary>
    private static string? CountryOf(PloverEvent e)
    {
        if (e.Location is not { IsDateline: false, Place: { Country: { } country } place })
            return null;
        if (place.Kind == PlaceKind.Country && (e.Actors.Exists(p => p.Code == country) || e.Recipients.Exists(p => p.Code == country)))
            return null;
        return country;
    }

    private static string? LeastCode(List<Participant> participants)
    {
        string? least = null;
        foreach (var p in participants)
        {
            if (least is null || string.CompareOrdinal(p.Code, least) < 0)
                least = p.Code;
        }
        return least;
    }
}
