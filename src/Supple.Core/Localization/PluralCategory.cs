namespace Supple.Core.Localization;

/// <summary>The CLDR plural categories. Which of them a language uses is given by its <see cref="PluralRules"/>.</summary>
public enum PluralCategory
{
    /// <summary>CLDR <c>zero</c> (Arabic, Latvian).</summary>
    Zero,

    /// <summary>CLDR <c>one</c> (English 1, French 0 and 1).</summary>
    One,

    /// <summary>CLDR <c>two</c>.</summary>
    Two,

    /// <summary>CLDR <c>few</c> (Polish 2–4, Czech 2–4).</summary>
    Few,

    /// <summary>CLDR <c>many</c> (French and Spanish millions, Polish 5–21).</summary>
    Many,

    /// <summary>CLDR <c>other</c>: every language has it, and a message must always give it.</summary>
    Other,
}
