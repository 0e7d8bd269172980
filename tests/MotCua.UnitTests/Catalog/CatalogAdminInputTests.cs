using MotCua.Common.Validation;
using Microsoft.Extensions.Localization;
using MotCua.Modules.Catalog;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Catalog.ImportExport;
using MotCua.Modules.Catalog.ManageProcedures;
using MotCua.Modules.Organization.Data;

namespace MotCua.UnitTests.Catalog;

public sealed class CatalogAdminInputTests
{
    private static readonly CatalogReferences References = CatalogReferences.Of(
        [new ProcedureField { Id = Guid.NewGuid(), Code = "HOTICH", Name = "Hộ tịch" }],
        [new AdministrativeLevel { Id = Guid.NewGuid(), Code = "XA", Name = "Cấp xã" }],
        [new Agency { Id = Guid.NewGuid(), Code = "H99.50", Name = "UBND xã An Bình" }]);

    [Fact]
    public void A_complete_input_has_no_errors()
    {
        ProcedureInputValidator.Validate(Complete(), References, new KeyText()).ShouldBeSameAs(Array.Empty<RuleFailure>());
    }

    [Fact]
    public void Negative_fee_and_partial_online_without_reason_are_reported_on_their_members()
    {
        var input = Complete();
        input.Fees = [new FeeInput { Name = "Lệ phí", AmountVnd = -1 }];
        input.PartialOnlineReason = null;

        var errors = ProcedureInputValidator.Validate(input, References, new KeyText());

        errors.ShouldBe([new RuleFailure("Fees[0].AmountVnd", "V_FeeNegative"), new RuleFailure("PartialOnlineReason", "V_PartialReasonRequired")], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Fax")]
    [InlineData("2")]
    [InlineData("None")]
    public void Channels_accept_only_the_names_of_real_channels(string channel)
    {
        var input = Complete();
        input.Channels = ["Direct", channel];

        ProcedureInputValidator.Validate(input, References, new KeyText()).ShouldContain(e => e.Field == "Channels" && e.Message == "V_ValueNotAllowed");
    }

    [Fact]
    public void The_procedure_s_cut_off_rule_names_real_channels_once_and_a_basis_of_at_most_300_characters()
    {
        var input = Complete();
        input.CutOffChannels = ["Online", "online", "Fax"];
        input.CutOffSource = new string('x', 301);

        var errors = ProcedureInputValidator.Validate(input, References, new KeyText());

        errors.ShouldBe(
            [new RuleFailure("CutOffChannels", "V_ValueNotAllowed"), new RuleFailure("CutOffChannels", "V_CutOffChannelsRepeated"), new RuleFailure("CutOffSource", "V_TooLong")],
            ignoreOrder: true);
    }

    [Fact]
    public void No_channel_in_the_procedure_s_cut_off_rule_is_a_valid_rule_distinct_from_the_general_setting()
    {
        var none = Complete();
        none.CutOffChannels = [];

        ProcedureInputValidator.Validate(none, References, new KeyText()).ShouldBeEmpty();
        References.ToContent(none).CutOffChannels.ShouldBe(SubmissionChannels.None);
        References.ToContent(Complete()).CutOffChannels.ShouldBeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Online;Postal")]
    public void The_procedure_s_cut_off_rule_survives_the_workbook_as_general_none_or_its_channels(string? channels)
    {
        var input = Complete();
        input.CutOffChannels = channels?.Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        input.CutOffSource = channels is null ? null : "Nghị định 23/2015/NĐ-CP";
        var file = new CatalogFile { Procedures = [new CatalogEntry { Procedure = input }] };

        var (read, problems) = CatalogXlsx.Read(new MemoryStream(CatalogXlsx.Write(file)), new KeyText());

        problems.ShouldBeEmpty();
        var back = read!.Procedures.Single().Procedure;
        back.CutOffChannels.ShouldBe(input.CutOffChannels);
        back.CutOffSource.ShouldBe(input.CutOffSource);
    }

    [Fact]
    public void Online_service_without_the_online_channel_is_refused()
    {
        var input = Complete();
        input.Channels = ["Direct"];

        ProcedureInputValidator.Validate(input, References, new KeyText()).ShouldContain(new RuleFailure("OnlineLevel", "V_OnlineNeedsChannel"));
    }

    [Fact]
    public void Blank_rows_are_dropped_before_validation()
    {
        var input = Complete();
        input.Fees.Add(new FeeInput());
        input.LegalBases.Add(new LegalBasisInput { Title = " " });

        ProcedureInputValidator.DropBlankRows(input);

        input.Fees.Count.ShouldBe(1);
        input.LegalBases.Count.ShouldBe(1);
    }

    [Fact]
    public void Workbook_written_and_read_back_gives_the_same_input()
    {
        var file = new CatalogFile { Procedures = [new CatalogEntry { Status = "Draft", VersionNumber = 1, Procedure = Complete() }] };

        var (read, problems) = CatalogXlsx.Read(new MemoryStream(CatalogXlsx.Write(file)), new KeyText());

        problems.ShouldBeEmpty();
        System.Text.Json.JsonSerializer.Serialize(read!.Procedures.Single().Procedure, CatalogFile.Json)
            .ShouldBe(System.Text.Json.JsonSerializer.Serialize(file.Procedures.Single().Procedure, CatalogFile.Json));
    }

    [Fact]
    public void Text_that_is_not_a_workbook_is_one_clear_problem()
    {
        var (read, problems) = CatalogXlsx.Read(new MemoryStream("PK not really a zip"u8.ToArray()), new KeyText());

        read.ShouldBeNull();
        problems.Single().Message.ShouldBe("Import_NotXlsx");
    }

    private static ProcedureInput Complete() => new()
    {
        Code = "2.000635",
        Name = "Đăng ký khai sinh",
        FieldCode = "HOTICH",
        LevelCodes = ["XA"],
        Agencies = [new AgencyInput { AgencyCode = "H99.50", Role = "Performing" }],
        Sequence = "Nộp hồ sơ.\nNhận kết quả.",
        Channels = ["Direct", "Online"],
        DossierComponents = [new DossierComponentInput { Name = "Tờ khai", Forms = ["Original", "Electronic"], Count = 1, FormTemplateName = "Mẫu 01", ReusableFromWallet = true }],
        ProcessingTimeAmount = 1,
        ProcessingTimeUnit = "WorkingDays",
        CutOffTime = "15:00",
        Subjects = "Công dân",
        Result = "Giấy khai sinh",
        Fees = [new FeeInput { Name = "Lệ phí", AmountVnd = 8000, Note = "Miễn khi đúng hạn" }],
        LegalBases = [new LegalBasisInput { Number = "123/2015/NĐ-CP", Title = "Nghị định", IssuedOn = new DateOnly(2015, 11, 15) }],
        OnlineLevel = "Partial",
        PartialOnlineReason = "Phải xuất trình bản chính",
    };

    /// <summary>Returns the resource key itself, so tests assert which message was chosen.</summary>
    private sealed class KeyText : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
