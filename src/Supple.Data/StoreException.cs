namespace Supple.Data;

/// <summary>The database cannot be used as it is; the message names the file (or server) and what to do.</summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
