using System.CommandLine;
using System.Globalization;

namespace Parley.Cli.Commands;

/// <summary>The allowed range of an integer option, checked without stepping on the parser's own error for a value that is no number.</summary>
internal static class IntegerOptionRange
{
    /// <summary>Rejects a value of <paramref name="option"/> below <paramref name="minimum"/> or above <paramref name="maximum"/>.</summary>
    public static void RequireBetween(this Option<int> option, int minimum, int maximum = int.MaxValue)
    {
        option.Validators.Add(result =>
        {
            // Reading the value of "abc" throws: leave it to the parser, which reports it with the option's name.
            if (result.Tokens.Count == 0 || !int.TryParse(result.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                return;
            if (value < minimum || value > maximum)
                result.AddError(maximum == int.MaxValue
                    ? $"{option.Name} must be {minimum} or more."
                    : $"{option.Name} must be between {minimum} and {maximum}.");
        });
    }
}
