namespace Supple.Web.Lan;

/// <summary>The certificate authority or the pairing key could not be made or read; the message says which file and why.</summary>
public sealed class LanSetupException : Exception
{
    public LanSetupException()
    {
    }

    public LanSetupException(string message)
        : base(message)
    {
    }

    public LanSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
