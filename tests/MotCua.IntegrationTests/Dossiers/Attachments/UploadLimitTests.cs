using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Dossiers.Attachments;

/// <summary>The request size limit on a real Kestrel server (the in-memory test server enforces none).</summary>
public sealed class UploadLimitTests
{
    [Fact]
    public async Task A_huge_upload_is_refused_before_it_is_stored_whether_or_not_it_announces_its_length()
    {
        await using var factory = new AttachmentsFactory();
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = factory.StartKestrel() };
        await client.SignInAsync("motcua", DemoProvince.DemoPassword);
        var dossierId = (await factory.AcceptedDossierAsync()).Id;
        var address = $"/dossiers/{dossierId}/attachments";

        using var announced = await client.PostAsync(address, await FormAsync(client, dossierId, new ByteArrayContent(HugePdf())));
        using var chunkedRequest = new HttpRequestMessage(HttpMethod.Post, address) { Content = await FormAsync(client, dossierId, new StreamContent(new UnknownLength(HugePdf()))) };
        chunkedRequest.Headers.TransferEncodingChunked = true;
        using var chunked = await client.SendAsync(chunkedRequest);

        announced.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        announced.Headers.Location!.OriginalString.ShouldBe(address + "?refused=TooLarge");
        // Without a length the server cuts the body off at the limit while the form is read; the antiforgery check then fails.
        chunked.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        factory.StoredFiles().ShouldBeEmpty();
        await using var scope = factory.CreateDbScope(out var db);
        (await db.DossierAttachments.CountAsync()).ShouldBe(0);
    }

    private static byte[] HugePdf()
    {
        var bytes = new byte[10 * (int)AttachmentsFactory.MaxBytes];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    private static async Task<MultipartFormDataContent> FormAsync(HttpClient client, Guid dossierId, HttpContent file) => new()
    {
        { new StringContent(SignIn.AntiforgeryToken(await client.GetStringAsync($"/dossiers/{dossierId}"))), "__RequestVerificationToken" },
        { new StringContent("Other"), "purpose" },
        { file, "file", "scan.pdf" },
    };

    /// <summary>A body whose length the client cannot tell in advance, so it is sent in chunks.</summary>
    private sealed class UnknownLength(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
