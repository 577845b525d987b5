namespace Parley.Storage.Querying;

/// <summary>The expressions of an <see cref="EventFilter"/> that each SQL dialect writes its own way.</summary>
internal interface IFilterDialect
{
    /// <summary>True when <paramref name="column"/> equals <paramref name="parameter"/> ignoring case.</summary>
    string EqualsIgnoringCase(string column, string parameter);

    /// <summary>True when <paramref name="column"/> matches the LIKE pattern <paramref name="parameter"/> (escaped with a backslash) ignoring case.</summary>
    string ContainsIgnoringCase(string column, string parameter);

    /// <summary>True when the JSON array of strings in <paramref name="column"/> holds <paramref name="parameter"/>.</summary>
    string ContainsContext(string column, string parameter);

    /// <summary>The order newest first by <paramref name="day"/> then <paramref name="id"/>, events without a day last.</summary>
    string NewestFirst(string day, string id);

    /// <summary>A day as the back end stores <c>events.day</c>, for a parameter.</summary>
    object Day(DateOnly day);
}
