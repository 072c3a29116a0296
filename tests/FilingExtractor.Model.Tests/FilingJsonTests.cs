using System.Text.Json;
using System.Text.Json.Nodes;

namespace FilingExtractor.Model.Tests;

public sealed class FilingJsonTests
{
    [Fact]
    public void Committed_schema_equals_the_schema_generated_from_the_model()
    {
        // Regenerate after a model change with:
        //   dotnet run --project src/FilingExtractor.Cli -c Release -- schema --generate > src/FilingExtractor.Model/Schema/filing.schema.json
        Assert.Equal(FilingJson.GenerateSchema(), FilingJson.EmbeddedSchema());
    }

    [Fact]
    public void Schema_names_the_fixed_fields()
    {
        var schema = JsonNode.Parse(FilingJson.EmbeddedSchema())!;
        var props = schema["properties"]!.AsObject();
        foreach (var name in new[] { "filingId", "source", "submissionType", "offeringName", "filingUnder", "primaryIssuer", "relatedPersons", "offering", "signature", "stateAppendix", "flags", "corrections", "provenance" })
        {
            Assert.True(props.ContainsKey(name), name);
        }

        Assert.Equal(["rule504", "rule505", "rule506", "section4_6", "uloe"], props["filingUnder"]!["properties"]!.AsObject().Select(p => p.Key));
        var issuer = props["primaryIssuer"]!["properties"]!.AsObject();
        Assert.Equal(["street1", "street2", "city", "stateOrCountry", "zipCode"], issuer["issuerAddress"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public void Amounts_are_numbers_dates_iso_and_unknowns_null()
    {
        var f = new Filing { FilingId = "x" };
        f.Offering.TotalOfferingAmount = 3_984_567m;
        f.Offering.TotalAmountSold = null;
        f.Signature.SignatureDate = new DateOnly(2002, 11, 11);
        var node = JsonNode.Parse(FilingJson.Serialize(f))!;
        Assert.Equal(JsonValueKind.Number, node["offering"]!["totalOfferingAmount"]!.GetValueKind());
        Assert.Equal("3984567", node["offering"]!["totalOfferingAmount"]!.ToJsonString());
        Assert.True(node["offering"]!.AsObject().ContainsKey("totalAmountSold"));
        Assert.Null(node["offering"]!["totalAmountSold"]);
        Assert.Equal("2002-11-11", node["signature"]!["signatureDate"]!.GetValue<string>());
        Assert.Null(node["filingUnder"]!["rule506"]);
    }

    [Fact]
    public void Round_trip_is_byte_identical()
    {
        var f = new Filing { FilingId = "abc", SubmissionType = "D", OfferingName = "Private Placement of Common Stock" };
        f.RelatedPersons.Add(new RelatedPerson { LastName = "McDonald", FirstName = "John", MiddleName = "G.", Relationships = [Relationships.ExecutiveOfficer] });
        f.Offering.Expenses.Add(new ExpenseLine { Item = ExpenseItems.LegalFees, Amount = 30_000m, IsEstimate = true });
        f.Provenance["offering.expenses[0].amount"] = new ValueSource { Page = 5, Box = new Box(10, 20, 300, 40), Confidence = 91.5f, Text = "$ 30,000" };
        var json = FilingJson.Serialize(f);
        Assert.Equal(json, FilingJson.Serialize(FilingJson.Deserialize(json)));
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialized_filings_validate_against_the_schema_with_a_real_validator()
    {
        var dir = TestSupport.Fixtures.NewFolder("schema");
        var full = new Filing { FilingId = "f1", SubmissionType = "D/A" };
        full.Source.Kind = SourceKinds.Transcript;
        full.RelatedPersons.Add(new RelatedPerson { LastName = "Clark", FirstName = "Karen", Relationships = [Relationships.ExecutiveOfficer] });
        full.Flags.Add(new Flag { Rule = RuleIds.C4aTotalExpenses, Expected = "30500", Found = "30000", Fields = [new FlagField { Path = "offering.totalExpenses", Page = 5 }] });
        var good = Path.Combine(dir, "good.json");
        File.WriteAllText(good, FilingJson.Serialize(full));
        Assert.Contains("ok " + good, TestSupport.RepoPaths.ValidateJson(TestSupport.RepoPaths.Schema, [good]), StringComparison.Ordinal);

        // A relationship outside the form's five roles, and a missing property, must be refused.
        var bad = Path.Combine(dir, "bad.json");
        File.WriteAllText(bad, FilingJson.Serialize(full).Replace("\"Executive Officer\"", "\"Chief Officer\"", StringComparison.Ordinal).Replace("\"offeringName\": null,", string.Empty, StringComparison.Ordinal));
        var e = Assert.Throws<InvalidOperationException>(() => TestSupport.RepoPaths.ValidateJson(TestSupport.RepoPaths.Schema, [bad]));
        Assert.Contains("must be equal to one of the allowed values", e.Message, StringComparison.Ordinal);
        Assert.Contains("offeringName", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_properties_are_rejected()
    {
        var json = FilingJson.Serialize(new Filing()).Replace("\"offeringName\"", "\"offeringNmae\"", StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => FilingJson.Deserialize(json));
    }
}
