namespace Supple.Core.Content;

/// <summary>Thrown when a programme file is invalid; carries every error found, not just the first.</summary>
public sealed class ProgrammeValidationException : Exception
{
    /// <summary>Creates the exception from the errors found.</summary>
    public ProgrammeValidationException(IReadOnlyList<ProgrammeError> errors)
        : base(Format(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ProgrammeValidationException() : this([]) { }

    /// <summary>Creates the exception with a message only.</summary>
    public ProgrammeValidationException(string message) : base(message) => Errors = [];

    /// <summary>Creates the exception with a message and cause.</summary>
    public ProgrammeValidationException(string message, Exception innerException) : base(message, innerException) => Errors = [];

    /// <summary>Every error found, in file order.</summary>
    public IReadOnlyList<ProgrammeError> Errors { get; }

    private static string Format(IReadOnlyList<ProgrammeError> errors) =>
        errors.Count == 0
            ? "The programme is invalid."
            : $"The programme is invalid ({errors.Count} error{(errors.Count == 1 ? "" : "s")}):{Environment.NewLine}"
              + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
