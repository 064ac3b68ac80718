using Supple.Application;

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

    /// <summary>
    /// A safety rule's refusal is <see cref="Refused"/>; a request that has nothing to act on (no plan, a stretch that
    /// is not paused, a session that is not there or has ended) is the person's input, <see cref="BadInput"/>.
    /// </summary>
    public static int ForRefusal(RefusalReason reason) => reason switch
    {
        RefusalReason.NothingToDo or RefusalReason.NoSuchSession or RefusalReason.SessionEnded => BadInput,
        _ => Refused,
    };
}
