namespace Supple.Application;

/// <summary>A saved document (the plan, reminders, resumed stretches, the safety gate) cannot be read; the message says how to fix it.</summary>
public sealed class DamagedDocumentException : Exception
{
    public DamagedDocumentException()
    {
    }

    public DamagedDocumentException(string message)
        : base(message)
    {
    }

    public DamagedDocumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
