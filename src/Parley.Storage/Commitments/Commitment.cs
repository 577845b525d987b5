namespace Parley.Storage.Commitments;

/// <summary>
/// One commitment of aid: who gives what to whom, how much (as reported and in US dollars), how far it
/// has got, and the report it was first found in. Repeats of the same pledge by other outlets are one
/// commitment with several reports. A sum the text tells as part of a larger commitment ("it includes $20bn for
/// Ukraine") is listed too, with <see cref="PartOf"/> naming that one.
/// </summary>
/// <param name="Donors">Codes of the givers.</param>
/// <param name="Recipients">Codes of the receivers (empty when the text does not say).</param>
/// <param name="Category">military, humanitarian or financial; unspecified when nothing says.</param>
/// <param name="Status">announced, pledged, delivered or disputed.</param>
/// <param name="Amount">The amount as reported, in <paramref name="Currency"/>; null when none is given.</param>
/// <param name="Currency">ISO 4217 code of the amount.</param>
/// <param name="Usd">The amount in US dollars at the rate of its year (lexicons/money/usd-rates.tsv).</param>
/// <param name="Systems">Named systems and their counts ("3 Patriot batteries").</param>
/// <param name="Day">The day it is filed under, YYYY-MM-DD.</param>
/// <param name="Reports">The stored events that report it, earliest first.</param>
public sealed record Commitment(
    IReadOnlyList<string> Donors, IReadOnlyList<string> Recipients, string Category, string Status,
    decimal? Amount, string? Currency, decimal? Usd, IReadOnlyList<string> Systems, string? Day,
    IReadOnlyList<EventRecord> Reports)
{
    /// <summary>
    /// The event id (<see cref="EventRecord.Id"/> of its <see cref="Evidence"/>) of the larger commitment this one is
    /// part of, or null when it stands alone. A part is shown but not added to totals beside its whole.
    /// </summary>
    public long? PartOf { get; init; }

    /// <summary>The donors as one key: their codes joined by '+' ("USA", "EU+USA").</summary>
    public string DonorKey => Joint(Donors);

    /// <summary>The recipients as one key: their codes joined by '+' ("ISR+UKR"), "-" when the text names none.</summary>
    public string RecipientKey => Joint(Recipients);

    /// <summary>The earliest report.</summary>
    public EventRecord Evidence => Reports[0];

    /// <summary>How many distinct outlets report it (an article without an outlet counts as one of its own).</summary>
    public int Sources => Reports.Select(r => r.Source ?? "#" + r.DocumentId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct(StringComparer.Ordinal).Count();

    private static string Joint(IReadOnlyList<string> codes) => codes.Count > 0 ? string.Join('+', codes) : "-";
}
