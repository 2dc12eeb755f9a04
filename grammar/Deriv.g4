// The deriv derivation language. The parser is generated from this file at build time (antlr4-maven-plugin).
// No actions and no @header: the package is given on the command line, the tree is turned into records by
// deriv.syntax.AstBuilder.
grammar Deriv;

file
  : derivation* EOF
  ;

// A lone expression, for text outside a file such as the unit of a `deriv eval --at` value.
standaloneExpr
  : expr EOF
  ;

derivation
  : DERIVATION IDENT STRING? statement*
  ;

statement
  : LET declName (',' declName)* ':' type constant? (',' condition)*  # letStatement
  | ASSUME condition (',' condition)*                        # assumeStatement
  | DEF IDENT params? DEFINE expr                            # defStatement
  | kind=(POSTULATE | APPROX) IDENT params? ':' expr eq=('=' | '≈') expr  # assumedStatement
  | CLAIM IDENT ':' expr link+ fromClause?                   # claimStatement
  | GOAL expr eq=('=' | '≈') expr                            # goalStatement
  | NOTE STRING                                              # noteStatement
  | IMPORT IDENT (',' IDENT)* FROM STRING                    # importStatement
  ;

declName
  : IDENT ('[' lo=expr '..' hi=expr ']')?
  ;

params
  : '(' param (',' param)* ')'
  ;

param
  : IDENT (':' space)?
  ;

type
  : space ('->' space)?                                      # simpleType
  | '(' space (',' space)+ ')' '->' space                    # functionType
  ;

space
  : IDENT ('^' NUMBER)? unit?
  ;

// A physical unit, `[J/K]`, `[1/m^3]`, `[1]`: written as an expression over unit symbols (docs/units.md).
unit
  : '[' expr ']'
  ;

// `= boltzmann`: the declared symbol is this physical constant when `deriv eval` computes numbers.
constant
  : '=' IDENT
  ;

// `x = e` gives the declared variable x its value (docs/language.md); the other relations are inequalities.
condition
  : expr rel=('<' | '<=' | '≤' | '>' | '>=' | '≥' | '!=' | '≠' | '=') expr
  ;

link
  : eq=('=' | '≈') expr justification?
  ;

justification
  : BY ruleRef
  ;

// `def` is a keyword, and also the rule that unfolds definitions: `= … by def`.
ruleRef
  : name=(IDENT | DEF) ('(' arg (',' arg)* ')')?
  ;

fromClause
  : FROM factRef (',' factRef)* justification?
  ;

factRef
  : IDENT ('[' binding (',' binding)* ']')?
  ;

binding
  : IDENT DEFINE expr
  ;

expr
  : expr '!'                                                 # factorialExpr
  | expr '!!'                                                # doubleFactorialExpr
  | <assoc=right> expr op='^' expr                           # powerExpr
  | op=('-' | '+') expr                                      # unaryExpr
  | expr op=('*' | '/' | '·' | '×') expr                     # productExpr
  | expr op=('+' | '-') expr                                 # sumExpr
  | primary                                                  # primaryExpr
  ;

primary
  : NUMBER                                                   # numberPrimary
  | IDENT '(' arg (',' arg)* ')'                             # callPrimary
  | IDENT '[' expr ']'                                       # memberPrimary
  | IDENT                                                    # namePrimary
  | '(' expr ')'                                             # parenPrimary
  | '|' expr '|'                                             # barsPrimary
  ;

arg
  : IDENT '=' lo=expr '..' hi=expr                           # rangeArg
  | IDENT IN lo=expr '..' hi=expr                            # intervalArg
  | IDENT IN space                                           # inArg
  | expr rel=('!=' | '≠') expr                               # exceptArg
  | expr                                                     # exprArg
  ;

DERIVATION : 'derivation' ;
LET        : 'let' ;
ASSUME     : 'assume' ;
DEF        : 'def' ;
POSTULATE  : 'postulate' ;
APPROX     : 'approx' ;
CLAIM      : 'claim' ;
GOAL       : 'goal' ;
NOTE       : 'note' ;
IMPORT     : 'import' ;
BY         : 'by' ;
FROM       : 'from' ;
IN         : 'in' | '∈' ;
DEFINE     : ':=' ;

NUMBER
  : DIGIT+ ('.' DIGIT+)? ([eE] [+-]? DIGIT+)?
  ;

IDENT
  : LETTER (LETTER | DIGIT | '_' | SUBSCRIPT)* PRIME*
  | '\u222B' // ∫, the integral sign: a name of its own (∫(x in 0..1, f) is int(x in 0..1, f))
  ;

STRING
  : '"' (~["\\\r\n] | '\\' ["\\nt])* '"'
  ;

COMMENT : '#' ~[\r\n]* -> skip ;
WS      : [ \t\r\n\u00A0]+ -> skip ;

// Anything else is one bad character: the parser reports it with its position instead of the lexer failing.
ERROR_CHAR : . ;

fragment DIGIT     : [0-9] ;
fragment SUBSCRIPT : [\u2080-\u2089] ;
fragment PRIME     : '\'' | '\u2032' ;
fragment LETTER    : [a-zA-Z] | [\u0391-\u03A9] | [\u03B1-\u03C9] | [\u03D1\u03D5\u03F5] | '∂' | [\u00C0-\u00FF]
                   | '\u0127' | '\u210F'
                   | '\u221E' ; // ∞: read as a name so that an improper integral is refused with a clear message // ħ, and ℏ (the Planck constant over two pi), a letter of its own
