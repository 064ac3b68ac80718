namespace Supple.Cli.Infrastructure;

/// <summary>The exit codes of <c>supple</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Something went wrong that is not the user's input.</summary>
    public const int Failure = 1;

    /// <summary>Bad arguments or input (including an invalid programme file).</summary>
    public const int BadInput = 2;

    /// <summary>Refused by a safety rule (see a doctor first, every stretch paused, the disclaimer not accepted).</summary>
    public const int Refused = 3;

    /// <summary>Interrupted with Ctrl+C (128 + SIGINT).</summary>
    public const int Interrupted = 130;

    /// <summary>Ended by SIGTERM (128 + SIGTERM).</summary>
    public const int Terminated = 143;
}
