using System.Resources;
using Microsoft.Extensions.Localization;
using Supple.Core.Localization;

namespace Supple.Data;

/// <summary>
/// What reading an import file says when it refuses one, and how a JSON document's mistakes are described
/// (<c>ImportText.resx</c>, English, and <c>ImportText.LANG.resx</c> beside it), by key, in
/// <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>: <c>supple import</c> and the API's validation
/// problems both get it in the person's language. Field names, column names and values stay as the file has them.
/// </summary>
internal static class ImportText
{
    // Where a problem is: the line and field of the file.
    public const string AtLine = "Import.AtLine";
    public const string AtLineField = "Import.AtLineField";
    public const string AtLineOf = "Import.AtLineOf";

    // The file as a whole.
    public const string FileIsFolder = "File.IsFolder";
    public const string FileDoesNotExist = "File.DoesNotExist";
    public const string FileTooBig = "File.TooBig";
    public const string FileEmpty = "File.Empty";
    public const string FileHoldsNull = "File.HoldsNull";
    public const string FileNotValid = "File.NotValid";
    public const string FileNotValidAtLine = "File.NotValidAtLine";
    public const string FileTheFile = "File.TheFile";
    public const string FileBrokenCharacter = "File.BrokenCharacter";
    public const string FileNotImported = "File.NotImported";
    public const string FileNotImportedMore = "File.NotImportedMore";

    // A CSV file's rows.
    public const string CsvNoColumn = "Csv.NoColumn";
    public const string CsvFieldCount = "Csv.FieldCount";
    public const string CsvSessionTwice = "Csv.SessionTwice";
    public const string CsvNoSessionAbove = "Csv.NoSessionAbove";
    public const string CsvUnknownRecord = "Csv.UnknownRecord";
    public const string CsvStrayQuote = "Csv.StrayQuote";
    public const string CsvUnclosedQuote = "Csv.UnclosedQuote";
    public const string CsvNotWholeNumber = "Csv.NotWholeNumber";
    public const string CsvNotBoolean = "Csv.NotBoolean";
    public const string CsvNotId = "Csv.NotId";
    public const string CsvNotDate = "Csv.NotDate";
    public const string CsvNotInstant = "Csv.NotInstant";

    // A field's value (ExportValidator and its plausibility rules).
    public const string CheckMissing = "Check.Missing";
    public const string CheckEmpty = "Check.Empty";
    public const string CheckFormat = "Check.Format";
    public const string CheckVersion = "Check.Version";
    public const string CheckUnknownArea = "Check.UnknownArea";
    public const string CheckEndBeforeStart = "Check.EndBeforeStart";
    public const string CheckLevel = "Check.Level";
    public const string CheckSource = "Check.Source";
    public const string CheckOutcome = "Check.Outcome";
    public const string CheckHurtStretchLength = "Check.HurtStretchLength";
    public const string CheckSide = "Check.Side";
    public const string CheckIdTwice = "Check.IdTwice";
    public const string CheckPainScore = "Check.PainScore";
    public const string CheckTooLong = "Check.TooLong";
    public const string CheckNegative = "Check.Negative";
    public const string CheckWrongDay = "Check.WrongDay";
    public const string CheckFuture = "Check.Future";
    public const string CheckTooEarly = "Check.TooEarly";
    public const string CheckUnknownZone = "Check.UnknownZone";
    public const string CheckUnknownStretch = "Check.UnknownStretch";

    // A JSON document's mistakes (JsonErrorText): what is wrong, and what was expected.
    public const string JsonRequired = "Json.Required";
    public const string JsonNotNull = "Json.NotNull";
    public const string JsonTwice = "Json.Twice";
    public const string JsonBodyMustBe = "Json.BodyMustBe";
    public const string JsonMustBe = "Json.MustBe";
    public const string JsonUnknownDidYouMean = "Json.UnknownDidYouMean";
    public const string JsonUnknownMembers = "Json.UnknownMembers";
    public const string JsonMalformed = "Json.Malformed";
    public const string JsonMalformedAt = "Json.MalformedAt";
    public const string JsonWholeNumber = "Json.WholeNumber";
    public const string JsonNumber = "Json.Number";
    public const string JsonBoolean = "Json.Boolean";
    public const string JsonString = "Json.String";
    public const string JsonDateTime = "Json.DateTime";
    public const string JsonTimeOfDay = "Json.TimeOfDay";
    public const string JsonOneOf = "Json.OneOf";
    public const string JsonArrayOf = "Json.ArrayOf";
    public const string JsonArray = "Json.Array";
    public const string JsonObject = "Json.Object";
    public const string JsonOtherKind = "Json.OtherKind";
    public const string JsonWholeNumbers = "Json.WholeNumbers";
    public const string JsonNumbers = "Json.Numbers";
    public const string JsonStrings = "Json.Strings";
    public const string JsonObjects = "Json.Objects";
    public const string JsonBooleans = "Json.Booleans";
    public const string JsonEachValue = "Json.EachValue";

    /// <summary>The resources, read on first use.</summary>
    public static ResourceManager Resources { get; } = new("Supple.Data.ImportText", typeof(ImportText).Assembly);

    /// <summary>The strings in the current UI culture.</summary>
    public static IStringLocalizer Localizer { get; } = new SuppleStringLocalizer(Resources);

    /// <summary>The string <paramref name="key"/> with its arguments, in the current UI culture.</summary>
    public static string Format(string key, params IReadOnlyList<(string Name, object? Value)> arguments) => Localizer.Format(key, arguments);
}
