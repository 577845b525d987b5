using System.Globalization;
using Parley.Lexicons;

namespace Parley.Commitments;

/// <summary>
/// US dollars per unit of a currency by year, from <c>lexicons/money/usd-rates.tsv</c>: a dated, documented
/// table that turns a reported amount into a comparable USD estimate.
/// </summary>
public sealed class UsdRates
{
    /// <summary>The lexicon file, below <c>lexicons/</c>.</summary>
    public const string Path = "money/usd-rates.tsv";

    private static readonly Lazy<UsdRates> ShippedRates = new(() => Load(LexiconFiles.Shipped));

    // Per currency, its years in order with the rate of each.
    private readonly Dictionary<string, (int Year, decimal Usd)[]> byCurrency;

    private UsdRates(Dictionary<string, (int Year, decimal Usd)[]> byCurrency) => this.byCurrency = byCurrency;

    /// <summary>The shipped table.</summary>
    public static UsdRates Shipped => ShippedRates.Value;

    /// <summary>Loads the table from the shipped file and a user folder's file of the same name (later lines win).</summary>
    /// <exception cref="LexiconFormatException">A line is malformed.</exception>
    public static UsdRates Load(LexiconFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var rates = new Dictionary<string, SortedDictionary<int, decimal>>(StringComparer.Ordinal);
        foreach (var line in files.Read(Path, 4))
        {
            var currency = line.Fields[0];
            if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
                throw line.Error($"'{currency}' is no ISO 4217 currency code (three capital letters).");
            if (!int.TryParse(line.Fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
                throw line.Error($"'{line.Fields[1]}' is no year.");
            if (!decimal.TryParse(line.Fields[2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var usd) || usd <= 0)
                throw line.Error($"'{line.Fields[2]}' is no positive number of US dollars.");
            if (!rates.TryGetValue(currency, out var years))
                rates[currency] = years = [];
            years[year] = usd;
        }
        return new UsdRates(rates.ToDictionary(r => r.Key, r => r.Value.Select(y => (y.Key, y.Value)).ToArray(), StringComparer.Ordinal));
    }

    /// <summary>
    /// <paramref name="amount"/> of <paramref name="currency"/> in US dollars at the rate of <paramref name="year"/>
    /// (the nearest year the table has); null for a currency the table lacks.
    /// </summary>
    public decimal? ToUsd(decimal amount, string currency, int year)
    {
        if (currency == "USD")
            return amount;
        if (!byCurrency.TryGetValue(currency, out var years))
            return null;
        var nearest = years[0];
        foreach (var y in years)
        {
            if (Math.Abs(y.Year - year) < Math.Abs(nearest.Year - year))
                nearest = y;
        }
        return decimal.Round(amount * nearest.Usd, 0);
    }
}
