namespace MotCua.Common.Web;

/// <summary>
/// Endpoint metadata for an API endpoint that reads a multipart form with one file itself (rather than binding it): the
/// endpoint takes the file from <see cref="FileField"/>, and <see cref="InputOpenApi"/> describes the same form as the
/// operation's request body.
/// </summary>
internal sealed record UploadForm(string FileField, string Description)
{
    /// <summary>
    /// The part that holds the operation's JSON body, sent beside any number of <see cref="FileField"/> parts: the
    /// operation then takes either its JSON body or this form. Null: the form is the one file.
    /// </summary>
    public string? JsonPart { get; init; }
}
