namespace Parley.Storage;

/// <summary>The store cannot be opened or written; the message names the store and says what to do.</summary>
public sealed class EventStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EventStoreException(string message, Exception? inner = null) : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public EventStoreException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public EventStoreException(string message) : base(message)
    {
    }
}
