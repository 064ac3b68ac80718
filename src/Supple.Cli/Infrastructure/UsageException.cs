namespace Supple.Cli.Infrastructure;

/// <summary>Bad arguments or input the user can fix: reported as one message, exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException() { }

    public UsageException(string message) : base(message) { }

    public UsageException(string message, Exception innerException) : base(message, innerException) { }
}
