using FilingExtractor.CorpusGen.Commands;

return await CorpusCommands.Root().Parse(args).InvokeAsync();
