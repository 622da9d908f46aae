// Mental-math race: the game's own entry class (app code, not Egret).
var Main = (function (_super) {
    function Main() {
        _super.call(this);
        this.score = 0;
        this.question = Main.nextQuestion();
    }
    Main.prototype = Object.create(_super.prototype);
    Main.prototype.constructor = Main;
    Main.nextQuestion = function () {
        var a = Math.floor(Math.random() * 20) + 1, b = Math.floor(Math.random() * 20) + 1;
        return { text: a + " + " + b + " = ?", answer: a + b };
    };
    Main.prototype.answer = function (value) {
        if (value === this.question.answer) { this.score += 10; }
        this.question = Main.nextQuestion();
    };
    return Main;
}(egret.DisplayObjectContainer));
