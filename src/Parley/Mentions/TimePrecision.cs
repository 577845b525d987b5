namespace Parley.Mentions;

/// <summary>The grain of a time expression.</summary>
public enum TimePrecision : byte
{
    /// <summary>A calendar day.</summary>
    Day,
    /// <summary>An ISO week.</summary>
    Week,
    /// <summary>A month.</summary>
    Month,
    /// <summary>A quarter of a year.</summary>
    Quarter,
    /// <summary>A year.</summary>
    Year,
    /// <summary>A decade.</summary>
    Decade,
}
