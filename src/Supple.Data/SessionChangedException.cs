namespace Supple.Data;

/// <summary>Another request changed a session's play state meanwhile: fold again from the stored state and retry.</summary>
public sealed class SessionChangedException : Exception
{
    public SessionChangedException()
    {
    }

    public SessionChangedException(string message)
        : base(message)
    {
    }

    public SessionChangedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal SessionChangedException(long sessionId)
        : base($"Session {sessionId} was changed by another request; read it again.")
    {
    }
}
